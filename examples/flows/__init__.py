"""Call flows examples: an IVR with voicemail, a conference line, an SMS survey."""
