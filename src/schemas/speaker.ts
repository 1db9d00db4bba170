import { z } from 'astro/zod';
import { code, httpUrl, link, text } from './common';

/** A speaker: a file `<content>/speakers/<slug>.yaml`; the file name is the slug. */
export const speakerSchema = () =>
  z
    .object({
      /** Full name as published, in the program's usual script and order. */
      name: text(),
      /** The name in its own script and order ("张三"), shown on pages in that language. */
      nativeName: text().optional(),
      /** Role and organisation, as published. */
      designation: text().optional(),
      /** A short biography (Markdown; raw HTML is shown as text). */
      bio: text().optional(),
      /** Twitter profile URL. */
      twitter: httpUrl()
        .refine((u) => /^https?:\/\/(www\.)?(twitter|x)\.com\//.test(u), 'must be a twitter.com or x.com profile URL')
        .optional(),
      /** LinkedIn profile URL. */
      linkedin: httpUrl()
        .refine((u) => /^https?:\/\/([a-z]+\.)?linkedin\.com\//.test(u), 'must be a linkedin.com profile URL')
        .optional(),
      /** Other links (homepage, blog, code), each with its title. */
      links: z.array(link()).optional(),
      /** The speaker's id in the source the program was imported from. */
      sourceId: code().optional(),
    })
    .strict();

export type SpeakerData = z.infer<ReturnType<typeof speakerSchema>>;
