@echo off
rem Runs the `worktime` command of a release distribution on Windows. Needs Java 21 or newer: JAVA_HOME, or java on
rem the PATH. WORKTIME_JAVA_OPTS adds JVM options. The exit code is the command's (see worktime --help).
setlocal
set "WORKTIME_BIN=%~dp0"
if defined JAVA_HOME (
  set "WORKTIME_JAVA=%JAVA_HOME%\bin\java.exe"
) else (
  set "WORKTIME_JAVA=java"
)
"%WORKTIME_JAVA%" %WORKTIME_JAVA_OPTS% -jar "%WORKTIME_BIN%..\lib\worktime.jar" %*
exit /b %ERRORLEVEL%
