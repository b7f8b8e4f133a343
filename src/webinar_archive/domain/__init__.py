"""Plain data types, value objects and errors of the archive; imports nothing but the stdlib."""
