"""Loaders: files -> articles, and temporal expressions resolved against each article's publication date."""
