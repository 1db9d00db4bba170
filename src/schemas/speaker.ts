import { z } from 'astro/zod';
import { httpUrl, text } from './common';

/** A speaker: a file `content/speakers/<slug>.yaml`; the file name is the slug. */
export const speakerSchema = () =>
  z
    .object({
      /** Full name as published. */
      name: text(),
      /** Role and organisation, as published. */
      designation: text().optional(),
      /** Twitter profile URL. */
      twitter: httpUrl()
        .refine((u) => /^https?:\/\/(www\.)?(twitter|x)\.com\//.test(u), 'must be a twitter.com or x.com profile URL')
        .optional(),
      /** LinkedIn profile URL. */
      linkedin: httpUrl()
        .refine((u) => /^https?:\/\/([a-z]+\.)?linkedin\.com\//.test(u), 'must be a linkedin.com profile URL')
        .optional(),
    })
    .strict();

export type SpeakerData = z.infer<ReturnType<typeof speakerSchema>>;
