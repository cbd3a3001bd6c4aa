// The byte values the HAR entry scanner tests for, so it can walk JSON without decoding it.

export const QUOTE = 0x22
export const BACKSLASH = 0x5c
export const COLON = 0x3a
export const COMMA = 0x2c
export const OPEN_OBJ = 0x7b
export const CLOSE_OBJ = 0x7d
export const OPEN_ARR = 0x5b
export const CLOSE_ARR = 0x5d
export const NEWLINE = 0x0a
