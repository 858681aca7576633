"""Output writers: they format what they are given, they never decide."""
