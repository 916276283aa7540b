// The failure names the file, line and column of the problem, as a Maven error line, with no stack trace.
def log = new File(basedir, 'build.log').text

assert log =~ /(?m)^\[ERROR\] src\/main\/odgen\/widgets\.yaml:9:\d+: error: .*strng/ :
    'no path:line:column: error: line for the bad type'
assert log.contains('BUILD FAILURE')
assert log =~ /odgen: the spec has 1 error/
assert !(log =~ /(?m)^\s+at [a-z]+\.[\w.$]+\(/) : 'a stack trace was printed'
assert !new File(basedir, 'target/generated-sources/odgen/.odgen-inputs').exists() : 'a failed run was recorded'
return true
