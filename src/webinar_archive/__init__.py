"""Webinar Archive: a desktop archive for recorded webinar sessions."""

__version__ = "0.1.0"
APP_NAME = "Webinar Archive"
# The one application id: the .desktop file's name, the AppStream id, the icon's name, the desktop
# file name Qt reports and the settings' organisation.
APP_ID = "io.github.webinar_archive.WebinarArchive"
# The folders in the user's data, log and config directories (and the command's name). Kept as
# first released, so libraries and settings made by earlier versions stay where they are.
FOLDER_NAME = "webinar-archive"
