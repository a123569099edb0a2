"""newsevents: raw news pages in, coded political events out."""
