"""Click commands; each calls the pipeline and prints, nothing more."""
