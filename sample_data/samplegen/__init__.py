"""The sample-share generator's parts; sample_data/generate.py is the command."""
