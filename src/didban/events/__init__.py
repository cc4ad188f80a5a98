"""didban.events"""
