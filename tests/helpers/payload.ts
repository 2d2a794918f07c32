import config from '@payload-config'
import { getPayload, type Payload } from 'payload'

export const startPayload = (): Promise<Payload> => getPayload({ config })

/** Tests run outside a request: nothing to revalidate. */
export const context = { disableRevalidate: true }

/** What a rejected Local API call threw: its HTTP status and the fields it named. */
export const rejection = async (
  promise: Promise<unknown>,
): Promise<{ status: number; message: string; paths: string[]; messages: string[] }> => {
  try {
    await promise
  } catch (error) {
    const e = error as {
      status?: number
      message: string
      data?: { errors?: { path: string; message: string }[] }
    }
    return {
      status: e.status ?? 500,
      message: e.message,
      paths: e.data?.errors?.map((item) => item.path) ?? [],
      messages: e.data?.errors?.map((item) => item.message) ?? [],
    }
  }
  throw new Error('Expected the call to be rejected, but it succeeded')
}
