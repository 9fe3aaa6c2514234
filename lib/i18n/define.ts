/** A namespace of UI strings in both languages; English must have exactly the Vietnamese keys. */
export type MessageValue = string | ((...args: never[]) => string);
export type MessageShape = Record<string, MessageValue>;

export function defineMessages<T extends MessageShape>(messages: { vi: T; en: NoInfer<T> }) {
  return messages;
}
