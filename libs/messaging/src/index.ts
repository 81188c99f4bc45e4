/** `libs/messaging` (architecture §2). */
export {};
