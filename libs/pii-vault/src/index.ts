/** `libs/pii-vault` (architecture §2). */
export {};
