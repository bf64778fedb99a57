"""Rules and vocabularies as data files."""
