"""didban.assess"""
