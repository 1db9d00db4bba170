// island placeholder
export {};
