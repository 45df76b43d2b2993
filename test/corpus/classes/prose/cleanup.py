# Run before the cutover:
#   atlas privateendpoints delete 5df264b8f10fab7d2cad2f0d --force
# and afterwards: atlas privateEndpoints aws list
