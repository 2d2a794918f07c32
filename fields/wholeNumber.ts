/** A validator for an optional whole number within bounds, e.g. a year, a runtime or an attendance. */
export const wholeNumber =
  (what: string, min = 0, max = Number.MAX_SAFE_INTEGER) =>
  (value: unknown): true | string =>
    value === null ||
    value === undefined ||
    (typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max)
      ? true
      : max === Number.MAX_SAFE_INTEGER
        ? `${what} must be a whole number, ${min} or more.`
        : `${what} must be a whole number from ${min} to ${max}.`
