"""didban.entities"""
