/** `libs/contracts` (architecture §2). */
export {};
