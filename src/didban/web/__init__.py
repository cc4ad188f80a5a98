"""didban.web"""
