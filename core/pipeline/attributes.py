"""`bl_attributes`: the model's attribute ruler (its tag map and exceptions) applied from tables, with the same result.

spaCy's AttributeRuler runs a Matcher of every pattern over every token (about 180 patterns in the small English
model, an eighth of the whole pipeline's time) and then sets each match's attributes through a token view. Its
patterns are fixed-length sequences of token tests on a few attributes (tag, lower-case form, dependency, is-space).
This component reads those attributes for the whole Doc in one array, looks up which tests a token passes by the
combination of its values (remembered once seen: a few thousand combinations cover a corpus), applies the matched
patterns' attributes in the ruler's order (later patterns win) and writes them back in one array.

Only patterns it can read exactly are taken over: token tests by value, "IN", "NOT_IN" and "REGEX" on string and
flag attributes, no operators. A model whose ruler has anything else keeps spaCy's component.
"""
from __future__ import annotations

import re
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

MEMORY = 200_000  # value combinations remembered at most (a long-lived worker meets new words for ever)
STRING_ATTRS = {"ORTH", "TEXT", "LOWER", "NORM", "SHAPE", "TAG", "DEP", "LEMMA", "ENT_TYPE"}  # compared by hash
SET_ATTRS = ("POS", "MORPH", "LEMMA", "TAG", "DEP")  # what a pattern may set


class Unreadable(ValueError):
    """A pattern this component cannot apply exactly."""


@Language.factory("bl_attributes", assigns=["token.pos", "token.morph", "token.lemma", "token.tag", "token.dep"])
def make_attributes(nlp: Language, name: str):
    return TableAttributes()


class TableAttributes:
    """Built empty; `take_over` gives it the patterns of a model's AttributeRuler."""

    def __init__(self) -> None:
        self.columns: list[int | str] = []  # the attributes the tests read, in array order
        self.sequences: list[tuple[int, list[int], int]] = []  # (pattern order, token tests in order, target offset)
        self.effects: list[dict[str, int]] = []  # per pattern order: attribute -> value id
        self.outputs: list[int | str] = []
        self._by_value: list[dict[int, int]] = []  # per column: value -> mask of the tests it passes
        self._combined: dict[tuple, int] = {}  # a token's values -> mask of the tests it passes
        self._single: dict[int, tuple] = {}  # mask -> the outputs single-token patterns set (None: kept)
        self._first = 0  # mask of the first tests of longer sequences
        self._all = 0
        self._by_column: list[tuple[int, dict[int, int], list[tuple]]] = []  # see _index_columns
        self._strings: Any = None

    def take_over(self, ruler, strings) -> None:
        """Read `ruler`'s patterns (raises Unreadable for one it cannot apply exactly)."""
        tests: dict[tuple, int] = {}
        columns: dict[str, int] = {}
        for order, (entry, attrs, index) in enumerate(zip(ruler.patterns, ruler.attrs, ruler.indices)):
            if any(not isinstance(name, int) and name == "_" for name in attrs):
                raise Unreadable("extension attributes")
            named = {attr_name(key): value for key, value in attrs.items()}
            if set(named) - set(SET_ATTRS):
                raise Unreadable(f"sets {sorted(set(named) - set(SET_ATTRS))}")
            self.effects.append(named)
            for pattern in entry["patterns"]:
                ids = [tests.setdefault(_test_key(token, columns, strings), len(tests)) for token in pattern]
                self.sequences.append((order, ids, index if index >= 0 else len(pattern) + index))
        self.columns = list(columns)
        self.outputs = [name for name in SET_ATTRS if any(name in e for e in self.effects)]
        self._by_value = [{} for _ in self.columns]
        self._all = (1 << len(tests)) - 1  # every test
        self._index_columns(list(tests))
        self._first = 0
        for _, ids, _ in self.sequences:
            if len(ids) > 1:
                self._first |= 1 << ids[0]
        self._strings = strings

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc) or not self.sequences:
            return doc
        masks = [self._mask(tuple(row)) for row in doc.to_array(self.columns).reshape(len(doc), -1).tolist()]
        longer = self._longer_matches(masks)
        out: Any = doc.to_array(self.outputs).reshape(len(doc), -1)
        for i, mask in enumerate(masks):
            effects = self._merged(self._single_orders(mask) + longer[i]) if i in longer else self._single_effects(mask)
            for column, value in enumerate(effects):
                if value is not None:
                    out[i, column] = value
        doc.from_array(self.outputs, out)
        return doc

    def _longer_matches(self, masks: list[int]) -> dict[int, list[int]]:
        """Token index -> the orders of the patterns of two or more tokens that set its attributes."""
        found: dict[int, list[int]] = {}
        for start, mask in enumerate(masks):
            if not mask & self._first:
                continue
            for order, ids, offset in self.sequences:
                if len(ids) > 1 and start + len(ids) <= len(masks) and all(
                        masks[start + k] >> test & 1 for k, test in enumerate(ids)):
                    found.setdefault(start + offset, []).append(order)
        return found

    def _mask(self, row: tuple) -> int:
        mask = self._combined.get(row)
        if mask is None:
            if len(self._combined) > MEMORY:
                self._combined.clear()
                self._by_value = [{} for _ in self.columns]
            mask = -1
            for column, value in enumerate(row):
                known = self._by_value[column].get(value)
                if known is None:
                    known = self._by_value[column][value] = self._passing(column, value)
                mask &= known
            self._combined[row] = mask = mask & self._all
        return mask

    def _passing(self, column: int, value: int) -> int:
        """The mask of the tests whose conditions on `column` (if any) `value` meets."""
        free, index, others = self._by_column[column]
        mask = free | index.get(value, 0)
        for bit, kind, wanted in others:
            if kind == "regex" and wanted.search(self._strings[value]) or kind == "out" and value not in wanted:
                mask |= bit
        return mask

    def _index_columns(self, tests: list[tuple]) -> None:
        """Per column: the tests without a condition on it, value -> tests that ask for that value ("in"), and the
        other conditions to check value by value ("regex", "out"), each test's bit given."""
        self._by_column = []
        for column in range(len(self.columns)):
            free, index, others = 0, {}, []  # type: tuple[int, dict[int, int], list[tuple]]
            for number, conditions in enumerate(tests):
                mine = [check for col, check in conditions if col == column]
                if not mine:
                    free |= 1 << number
                elif len(mine) > 1:
                    raise Unreadable("two conditions on one attribute")
                elif mine[0][0] == "in":
                    for value in mine[0][1]:
                        index[value] = index.get(value, 0) | 1 << number
                else:
                    others.append((1 << number, *mine[0]))
            self._by_column.append((free, index, others))

    def _single_orders(self, mask: int) -> list[int]:
        return [order for order, ids, _ in self.sequences if len(ids) == 1 and mask >> ids[0] & 1]

    def _single_effects(self, mask: int) -> tuple:
        effects = self._single.get(mask)
        if effects is None:
            effects = self._single[mask] = self._merged(self._single_orders(mask))
        return effects

    def _merged(self, orders: list[int]) -> tuple:
        values: list[int | None] = [None] * len(self.outputs)
        for order in sorted(orders):  # the ruler's order: a later pattern's value wins
            for name, value in self.effects[order].items():
                values[self.outputs.index(name)] = value
        return tuple(values)


def attr_name(key) -> str:
    """An attribute id or name as its name ("POS")."""
    from spacy.attrs import IDS

    if isinstance(key, int):
        return next((name for name, number in IDS.items() if number == key), str(key))
    return str(key).upper()


def _test_key(token: dict, columns: dict[str, int], strings) -> tuple:
    """One token test as a hashable list of (column, (kind, value set or regex)) conditions."""
    out: list[tuple[int, tuple[str, Any]]] = []
    for name, spec in token.items():
        attr = "ORTH" if name.upper() == "TEXT" else name.upper()
        flag = attr.startswith("IS_") or attr.startswith("LIKE_")
        if attr not in STRING_ATTRS and not flag:
            raise Unreadable(f"tests {name}")
        column = columns.setdefault(attr, len(columns))
        code = (lambda v: int(bool(v))) if flag else (lambda v: strings.add(str(v)))
        if isinstance(spec, dict):
            if len(spec) != 1 or next(iter(spec)) not in ("IN", "NOT_IN", "REGEX") or flag and "REGEX" in spec:
                raise Unreadable(f"tests {name} with {sorted(spec)}")
            kind, value = next(iter(spec.items()))
            if kind == "REGEX":
                out.append((column, ("regex", re.compile(value))))
            else:
                out.append((column, (kind.lower().replace("not_in", "out"), frozenset(code(v) for v in value))))
        elif isinstance(spec, (str, bool, int)):
            out.append((column, ("in", frozenset({code(spec)}))))
        else:
            raise Unreadable(f"tests {name} with {spec!r}")
    return tuple(sorted(out, key=lambda c: (c[0], c[1][0], str(c[1][1]))))


def use_table_attributes(nlp: Language) -> None:
    """Replace the model's "attribute_ruler" with `bl_attributes` applying its patterns; a ruler with a pattern it
    cannot apply exactly stays as it is."""
    from spacy.pipeline import AttributeRuler

    ruler: Any = nlp.get_pipe("attribute_ruler") if "attribute_ruler" in nlp.pipe_names else None
    if not isinstance(ruler, AttributeRuler):
        return
    table = TableAttributes()
    try:
        table.take_over(ruler, nlp.vocab.strings)
    except Unreadable:
        return
    replaced = nlp.replace_pipe("attribute_ruler", "bl_attributes")
    assert isinstance(replaced, TableAttributes)
    replaced.take_over(ruler, nlp.vocab.strings)
