"""Exports: the graph as interactive HTML, and as a Neo4j load (driver, Cypher and CSV files)."""
