// Verbs that give an event a new date: "postponed until October 12", "moved to mid-October", "pushed back to May",
// "brought forward to Monday". A date after one of them (and "to", "until" or "till") is the event's new date: still
// to come, whatever the tense of the verb, and not the end of the event ("until" otherwise gives a closing day).
export const RESCHEDULED = '(?:postponed|delayed|deferred|rescheduled|moved|pushed\\s+back|put\\s+off|brought\\s+forward)';

/** The words right before a date that make it a new date: "postponed until ", "moved to mid-", "pushed back to early ". */
export const RESCHEDULED_TO_RE = new RegExp(`\\b${RESCHEDULED}\\s+(?:until|till|to)\\s+(?:(?:early|late|mid)[\\s-]*)?(?:the\\s+)?$`, 'i');
