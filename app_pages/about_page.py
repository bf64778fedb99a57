"""About: how well the extraction works (measured, not claimed), what each table holds and how tone is computed."""
import streamlit as st

from core.views import about
from core.pipeline.version import pipeline_version

st.title("About Bilateral Lens")
st.markdown("Bilateral Lens reads news articles and turns them into tables of people, countries, sectors, meetings and "
            "events, each traceable to the sentence it came from. The figures below say how often it gets them right.")

st.header("Measured extraction quality")
figures, reason = about.quality()
if figures is None:
    st.info(reason, icon=":material/query_stats:")
else:
    words, changed = about.provenance(figures, current_version=pipeline_version())
    st.caption(words)
    if changed:
        st.warning(changed, icon=":material/update:")
    st.table(about.measures(figures).set_index("measure").rename(columns={"f1": "F1", "meaning": "what is scored"})
             .style.format({"precision": "{:.3f}", "recall": "{:.3f}", "F1": "{:.3f}"}))
    st.caption("Precision: of what was found, the share that is right. Recall: of what the labels hold, the share that "
               "was found. F1: their harmonic mean. Right, wrong, missed: the counts behind them.")
    for line in about.rates(figures):
        st.markdown(f"- {line}")
st.markdown("Every meeting the dashboard shows carries its own **confidence** (0–1) and the **rules** that produced it "
            "(under each evidence sentence on the Timeline and on Who met whom). Confidence starts at 0.5 and rises by 0.2 "
            "when the sentence names two or more people, by 0.1 when the date comes from the text rather than the "
            "publication date, and by 0.1 when a place is found; it falls by 0.2 when a side was found through a pronoun "
            "(\"he met …\"), so it lies between 0.3 and 0.9. It says how completely the rules found the meeting, not a probability.")

st.header("How tone is computed")
st.markdown("Tone is the **VADER compound score** (a sentiment lexicon with rules for negation, intensifiers and "
            "punctuation), from −1 (negative wording) to 1 (positive wording). An article's tone (`articles.tone`) is the "
            "mean of the scores of its sentences, as the annotation splits them; a meeting's tone (`meetings.tone`) is the "
            "score of its evidence sentence. The Overview charts the mean tone of the articles of each country pair "
            "(an article's pair: the two countries it mentions most) per month or year.\n\n"
            "Tone measures the wording of the coverage (\"crisis\", \"threat\", \"welcome\", \"agreement\"), not whether "
            "relations are good: it knows nothing of diplomatic understatement, and a report of a friendly meeting about a "
            "war reads as negative.")

st.header("What each table holds")
st.caption("The same tables are exported by `bilateral-lens export TABLE` and downloaded on the Data page; these names "
           "and columns are a contract outside tools can rely on. Offsets point into `articles.text`.")
for name, row, columns in about.tables():
    with st.expander(f"{name} — {row}" if row else name):
        st.dataframe(columns, hide_index=True, key=f"about_table_{name}", column_config={"meaning": st.column_config.TextColumn(width="large")})
