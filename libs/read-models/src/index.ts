/** `libs/read-models` (architecture §2). */
export {};
