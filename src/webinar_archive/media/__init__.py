"""Reading media and documents: probing recordings, subtitles, text extraction."""
