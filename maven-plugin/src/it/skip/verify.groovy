// Skipped: the goal said so, and there is no output at all.
def log = new File(basedir, 'build.log').text
assert log.contains('odgen: skipped (odgen.skip)')
assert !log.contains('odgen: generating')
assert !new File(basedir, 'target/generated-sources/odgen').exists()
return true
