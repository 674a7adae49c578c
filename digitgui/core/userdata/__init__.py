"""Where the user's own things live: their handwriting samples and their settings file."""
