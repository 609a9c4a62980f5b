// How the JSON reader explains a file that is not graphology's serialized format, without loading the explanation.

/** Why a value is not graphology's serialized format: the message and the element it names (jsonSchema.ts). */
export type SchemaExplainer = (data: unknown) => { message: string; element: string };

/**
 * Thrown by the JSON reader when a file fails its fast structural check and it was given no explainer: the caller
 * loads one (it needs zod, which valid files never do) and reads the file again.
 */
export class SchemaExplainerNeeded extends Error {
  constructor() {
    super('the JSON schema explainer is needed to describe this file');
    this.name = 'SchemaExplainerNeeded';
  }
}
