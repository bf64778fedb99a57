"""bilateral-lens correct KIND TARGET [VALUE…] --why TEXT | correct list: corrections from the command line."""
from __future__ import annotations

import getpass

from core.text import printable

TARGETS = {"meeting": "MEETING", "person": "PERSON", "correction": "CORRECTION_ID"}
TARGET_HELP = {
    "meeting": "a meeting_id, or ARTICLE_ID:START-END (its evidence span), as `bilateral-lens export meetings` lists them",
    "person": "a person's canonical name, as the People page and `bilateral-lens export entities` spell it",
    "correction": "the id of a correction (`bilateral-lens correct list`)",
}


def add_parser(sub, store_help: str) -> None:
    from core.store.correction_kinds import KINDS

    p = sub.add_parser("correct", help="correct the annotation (meetings, events, people), list or undo corrections",
                       description="Corrections are stored in the store with who, when and why, applied on top of the "
                                   "annotation, kept across ingest and annotate, and undone by `correct undo ID`.")
    kinds = p.add_subparsers(dest="kind", required=True, metavar="KIND")
    for kind in KINDS.values():
        k = kinds.add_parser(kind.name, help=kind.label.lower() + (f" ({kind.values})" if kind.values else ""))
        k.add_argument("target", metavar=TARGETS[kind.target], help=TARGET_HELP[kind.target])
        if kind.values:
            k.add_argument("values", nargs="+", metavar="VALUE", help=kind.values)
        k.add_argument("--why", required=True, help="why, in a few words (stored with the correction)")
        k.add_argument("--by", default=None, help="who makes it (default: your user name)")
        k.add_argument("--store", help=store_help)
        k.set_defaults(run=cmd_correct)
    k = kinds.add_parser("list", help="every correction, newest first, with what became of it")
    k.add_argument("--store", help=store_help)
    k.set_defaults(run=cmd_list)


def cmd_correct(args) -> int:
    from core.store.corrections import describe, record
    from core.store import open_existing

    store = open_existing(args.store)
    row = record(store, args.kind, args.target, getattr(args, "values", None) or [], author=args.by or _user(),
                 reason=args.why)
    said, context = describe(row), row["context"]
    about = f" ({printable(context)})" if context not in said else ""  # what it is about, unless the words say it
    print(f"correction {row['correction_id']} stored: {printable(said)}{about}; store version {store.version()}")
    if row.get("note"):
        print(f"note: {printable(row['note'])}")
    return 0


def cmd_list(args) -> int:
    from core.store.corpus import load_corpus
    from core.store.corrections import listing
    from core.store import open_existing

    corpus = load_corpus(open_existing(args.store), text=False)
    rows = listing(corpus)
    if rows.empty:
        print("no corrections in this store")
    for r in rows.itertuples():
        people = f" ({', '.join(r.target_people)})" if len(r.target_people) else ""  # one sentence may state two meetings
        print(printable(f"{r.correction_id}  {r.created_at}  {r.author}  {r.kind}  {r.target}{people}  {r.what}  "
                        f"[{r.status}]  why: {r.reason}"))
    return 0


def _user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"
