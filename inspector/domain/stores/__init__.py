"""Browser cookie stores: found per OS and profile, read without ever being changed, values only on demand."""
