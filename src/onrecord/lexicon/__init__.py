"""Word lists the stages share: cue verbs, pronouns, titles and roles, organisations, platforms."""
