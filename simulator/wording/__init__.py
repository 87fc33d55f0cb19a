"""How a supporter's turn is worded: its questions, statements and checks, and how it meets the
owner's knowledge test. Pure text functions, shared by the owner engine and the scorer (neither
depends on the other)."""
