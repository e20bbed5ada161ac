import { z } from "zod";
import { apiRoute } from "../api-route";
import { idParamsSchema } from "../common";
import {
  municipalityImportSchema,
  municipalityInputSchema,
  municipalityRetiredSchema,
  municipalitySchema,
} from "../municipalities";

/** The county's municipalities: list, add, edit, retire, import. */
export const tenancyRoutes = {
  listMunicipalities: apiRoute({
    method: "GET",
    path: "/municipalities",
    status: 200,
    response: z.array(municipalitySchema),
  }),
  createMunicipality: apiRoute({
    method: "POST",
    path: "/municipalities",
    body: municipalityInputSchema,
    status: 201,
    response: municipalitySchema,
  }),
  updateMunicipality: apiRoute({
    method: "PUT",
    path: "/municipalities/:id",
    params: idParamsSchema,
    body: municipalityInputSchema,
    status: 200,
    response: municipalitySchema,
  }),
  setMunicipalityRetired: apiRoute({
    method: "PUT",
    path: "/municipalities/:id/retired",
    params: idParamsSchema,
    body: municipalityRetiredSchema,
    status: 200,
    response: municipalitySchema,
  }),
  importMunicipalities: apiRoute({
    method: "POST",
    path: "/municipalities/import",
    body: municipalityImportSchema,
    status: 201,
    response: z.object({ imported: z.number().int() }),
  }),
};
