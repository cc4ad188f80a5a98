"""didban.stories"""
