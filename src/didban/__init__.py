"""didban (دیدبان): situational awareness and early warning from the news, Persian first."""

__version__ = "0.1.0"
