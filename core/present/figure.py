"""What every figure shares: the font, escaping of article-derived text for Plotly's HTML-like labels, the layout."""
from __future__ import annotations

import html

import pandas as pd
import plotly.graph_objects as go

FONT = dict(family="Source Sans Pro, sans-serif", size=13)


def escaped(value) -> str:
    """Escape text for Plotly's HTML-like labels."""
    return html.escape("" if value is None or value is pd.NA else str(value), quote=True)


def laid_out(fig: go.Figure, *, height: int = 360, **extra) -> go.Figure:
    layout = dict(height=height, margin=dict(l=10, r=10, t=30, b=10), font=FONT, hoverlabel=dict(align="left"),
                  legend=dict(orientation="h", y=-0.15))
    fig.update_layout(**(layout | extra))
    return fig
