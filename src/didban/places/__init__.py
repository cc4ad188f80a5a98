"""didban.places"""
