"""How views look: Plotly charts, one palette, and the reader's escaped HTML."""
