/** `libs/read-store` (architecture §2). */
export {};
