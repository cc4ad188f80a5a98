"""didban.ingest"""
