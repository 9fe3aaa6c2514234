/** Every namespace of UI strings; a feature adds its own file and one line here. */
import { admin } from "./admin";
import { browse } from "./browse";
import { common } from "./common";
import { history } from "./history";
import { quality } from "./quality";
import { importMessages } from "./import";
import { search } from "./search";
import { spreadsheet } from "./spreadsheet";
import { openData } from "./open-data";

export const namespaces = { common, browse, admin, import: importMessages, search, history, quality, spreadsheet, openData };
