"""The Twilio REST client."""
