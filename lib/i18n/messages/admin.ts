/**
 * The admin's messages, one file per part of the admin (admin/*.ts), each with its
 * Vietnamese and English side by side; merged here into the one namespace pages read.
 */
import { defineMessages } from "../define";
import { shellMessages } from "./admin/shell";
import { signInMessages } from "./admin/sign-in";
import { dashboardMessages } from "./admin/dashboard";
import { outcomesMessages } from "./admin/outcomes";
import { fieldErrorsMessages } from "./admin/field-errors";
import { fieldsMessages } from "./admin/fields";
import { termsMessages } from "./admin/terms";
import { peopleMessages } from "./admin/people";
import { organizationsMessages } from "./admin/organizations";
import { auditMessages } from "./admin/audit";
import { historyMessages } from "./admin/history";
import { usersMessages } from "./admin/users";
import { accountMessages } from "./admin/account";

export const admin = defineMessages({
  vi: {
    ...shellMessages.vi,
    ...signInMessages.vi,
    ...dashboardMessages.vi,
    ...outcomesMessages.vi,
    ...fieldErrorsMessages.vi,
    ...fieldsMessages.vi,
    ...termsMessages.vi,
    ...peopleMessages.vi,
    ...organizationsMessages.vi,
    ...auditMessages.vi,
    ...historyMessages.vi,
    ...usersMessages.vi,
    ...accountMessages.vi,
  },
  en: {
    ...shellMessages.en,
    ...signInMessages.en,
    ...dashboardMessages.en,
    ...outcomesMessages.en,
    ...fieldErrorsMessages.en,
    ...fieldsMessages.en,
    ...termsMessages.en,
    ...peopleMessages.en,
    ...organizationsMessages.en,
    ...auditMessages.en,
    ...historyMessages.en,
    ...usersMessages.en,
    ...accountMessages.en,
  },
});

export type AdminMessages = (typeof admin)["vi"];
