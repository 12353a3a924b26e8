"""dateline: news articles -> a dated knowledge graph and a timeline."""
