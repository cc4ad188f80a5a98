"""didban.plan"""
