"""A local Twilio-compatible server (work in progress)."""
