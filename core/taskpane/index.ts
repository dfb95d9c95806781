/** The wizard's public surface (filled by the wizard issue). */
export {};
